sitrepSearchData("terms/t-sa",{"sa":"LAWd2ISWm2"});
