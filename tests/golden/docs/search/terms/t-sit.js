sitrepSearchData("terms/t-sit",{"site":"GROk8C_Ok8","situation":"RPzi8"});
