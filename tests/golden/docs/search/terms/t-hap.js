sitrepSearchData("terms/t-hap",{"happens":"RPzi8"});
