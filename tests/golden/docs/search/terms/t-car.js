sitrepSearchData("terms/t-car",{"cards":"NRB88"});
