sitrepSearchData("terms/t-7",{"7":"NRB88"});
