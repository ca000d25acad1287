sitrepSearchData("terms/t-aba",{"abandon":"RPzi8","abandoned":"RPzi8"});
