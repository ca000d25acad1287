sitrepSearchData("terms/x-d181d0b5d0b2",{"северск":"NXDc6"});
