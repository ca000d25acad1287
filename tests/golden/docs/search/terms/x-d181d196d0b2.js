sitrepSearchData("terms/x-d181d196d0b2",{"сіверськ":"NXDc6"});
