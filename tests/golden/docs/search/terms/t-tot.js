sitrepSearchData("terms/t-tot",{"total":"RPzi8","totally":"RPzi8"});
