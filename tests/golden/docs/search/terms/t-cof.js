sitrepSearchData("terms/t-cof",{"coffey":"ELQc6Wy9o"});
