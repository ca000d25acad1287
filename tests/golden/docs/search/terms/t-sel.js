sitrepSearchData("terms/t-sel",{"self":"XXR38"});
