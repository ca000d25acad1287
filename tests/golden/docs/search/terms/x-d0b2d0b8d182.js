sitrepSearchData("terms/x-d0b2d0b8d182",{"виталии":"zYKi2"});
