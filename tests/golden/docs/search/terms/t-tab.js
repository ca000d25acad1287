sitrepSearchData("terms/t-tab",{"table":"RPzi8"});
