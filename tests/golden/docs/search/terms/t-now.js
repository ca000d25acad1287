sitrepSearchData("terms/t-now",{"now":"RPzio"});
