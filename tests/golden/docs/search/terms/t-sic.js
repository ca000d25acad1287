sitrepSearchData("terms/t-sic",{"sic":"NRB88"});
