sitrepSearchData("terms/t-pas",{"past":"NRB88"});
