sitrepSearchData("terms/t-koc",{"koch":"LJTh8"});
