sitrepSearchData("terms/t-m1",{"m1":"LAWd6BJx0x0xxE58"});
