sitrepSearchData("terms/t-mea",{"mean":"SF-g8","meant":"RPzi8"});
