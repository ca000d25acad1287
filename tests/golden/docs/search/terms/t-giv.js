sitrepSearchData("terms/t-giv",{"give":"RPzig"});
