sitrepSearchData("terms/t-tod",{"today":"RPzi8"});
