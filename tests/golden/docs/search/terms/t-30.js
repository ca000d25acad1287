sitrepSearchData("terms/t-30",{"30":"XXR38"});
