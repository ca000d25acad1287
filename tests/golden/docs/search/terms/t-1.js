sitrepSearchData("terms/t-1",{"1":"LAWd2BJx08"});
