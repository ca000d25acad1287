sitrepSearchData("terms/t-14",{"14":"RPzi8BJOi8"});
