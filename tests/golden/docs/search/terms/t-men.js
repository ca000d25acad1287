sitrepSearchData("terms/t-men",{"men":"RPzi8"});
