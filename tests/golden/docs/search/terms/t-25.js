sitrepSearchData("terms/t-25",{"25":"NRB88"});
