sitrepSearchData("terms/t-mus",{"must":"RPzi8"});
