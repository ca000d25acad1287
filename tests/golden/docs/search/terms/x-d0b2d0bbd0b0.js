sitrepSearchData("terms/x-d0b2d0bbd0b0",{"владимир":"QUH02FZPv2"});
