sitrepSearchData("terms/t-awa",{"away":"RPzi8"});
