sitrepSearchData("terms/t-mas",{"massive":"RPzi8"});
