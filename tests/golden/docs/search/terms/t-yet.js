sitrepSearchData("terms/t-yet",{"yet":"NRB88"});
