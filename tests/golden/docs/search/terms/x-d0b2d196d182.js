sitrepSearchData("terms/x-d0b2d196d182",{"віталіи":"zYKi2"});
