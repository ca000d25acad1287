sitrepSearchData("terms/t-ina",{"inadvertently":"NRB88"});
