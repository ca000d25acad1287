sitrepSearchData("terms/t-cur",{"currently":"RPzi8"});
