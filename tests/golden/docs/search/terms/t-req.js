sitrepSearchData("terms/t-req",{"require":"RPzi8"});
