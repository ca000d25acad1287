sitrepSearchData("terms/t-m",{"m":"LAWd2"});
