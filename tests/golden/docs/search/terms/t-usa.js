sitrepSearchData("terms/t-usa",{"usa":"z-zg6"});
