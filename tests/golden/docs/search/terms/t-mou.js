sitrepSearchData("terms/t-mou",{"mounting":"RPzi8"});
