sitrepSearchData("terms/t-cof",{"coffey":"ELQc6JzL6o"});
