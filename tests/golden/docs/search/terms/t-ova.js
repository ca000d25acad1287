sitrepSearchData("terms/t-ova",{"oval":"NRB88"});
