sitrepSearchData("terms/t-ori",{"origin":"RPzi8"});
