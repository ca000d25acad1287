sitrepSearchData("terms/t-bru",{"brutal":"RPzi8"});
