sitrepSearchData("terms/x-d0b1d196d0bb",{"білорусь":"LTNo6"});
