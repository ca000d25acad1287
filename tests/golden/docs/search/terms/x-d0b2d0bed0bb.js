sitrepSearchData("terms/x-d0b2d0bed0bb",{"володимир":"QUH02FZPv2"});
