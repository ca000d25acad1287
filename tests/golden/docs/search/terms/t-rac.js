sitrepSearchData("terms/t-rac",{"race":"RPzi8"});
