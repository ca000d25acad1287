sitrepSearchData("terms/t-m1a",{"m1a1":"LAWde","m1a2":"LAWd6"});
