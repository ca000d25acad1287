sitrepSearchData("terms/t-blo",{"blogger":"GROk8C_Oko","bloody":"RPzi8"});
