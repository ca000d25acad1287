sitrepSearchData("terms/t-lt",{"lt":"RPzi8DBRl2"});
