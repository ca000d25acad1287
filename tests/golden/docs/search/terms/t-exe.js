sitrepSearchData("terms/t-exe",{"executive":"BVIi8yVFk2LNzn2"});
