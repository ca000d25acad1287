sitrepSearchData("terms/t-dra",{"draw":"RPzi8"});
