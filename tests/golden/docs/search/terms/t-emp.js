sitrepSearchData("terms/t-emp",{"employ":"RPzi8"});
