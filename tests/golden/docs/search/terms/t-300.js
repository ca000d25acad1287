sitrepSearchData("terms/t-300",{"300":"RPzi8"});
