sitrepSearchData("terms/t-vul",{"vulnerable":"RPzi8"});
