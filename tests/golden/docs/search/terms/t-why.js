sitrepSearchData("terms/t-why",{"why":"NRB88"});
