sitrepSearchData("terms/t-sav",{"save":"NRB88"});
