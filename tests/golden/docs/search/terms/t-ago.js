sitrepSearchData("terms/t-ago",{"ago":"NRB88"});
