sitrepSearchData("terms/t-bef",{"before":"NRB88"});
