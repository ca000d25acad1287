sitrepSearchData("terms/t-rui",{"ruins":"NRB88"});
