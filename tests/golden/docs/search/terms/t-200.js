sitrepSearchData("terms/t-200",{"200":"RPzi8"});
