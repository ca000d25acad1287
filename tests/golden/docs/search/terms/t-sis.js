sitrepSearchData("terms/t-sis",{"sister":"NRB88"});
