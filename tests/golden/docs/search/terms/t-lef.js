sitrepSearchData("terms/t-lef",{"left":"NRB88"});
