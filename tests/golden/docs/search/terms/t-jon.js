sitrepSearchData("terms/t-jon",{"jonathan":"GROk2"});
