sitrepSearchData("terms/t-gea",{"gearing":"RPzi8"});
