sitrepSearchData("terms/x-d0b3d0b0d0bd",{"ганчев":"zYKi2"});
