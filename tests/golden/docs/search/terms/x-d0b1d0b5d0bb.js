sitrepSearchData("terms/x-d0b1d0b5d0bb",{"беларусь":"LTNo6"});
