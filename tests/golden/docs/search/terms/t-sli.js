sitrepSearchData("terms/t-sli",{"slight":"RPzi8"});
