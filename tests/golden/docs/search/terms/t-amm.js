sitrepSearchData("terms/t-amm",{"ammunition":"RPzi8"});
