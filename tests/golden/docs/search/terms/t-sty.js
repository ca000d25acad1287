sitrepSearchData("terms/t-sty",{"styled":"BVIi8"});
