sitrepSearchData("terms/t-m1",{"m1":"LAWd2BJx0x0xxE58"});
