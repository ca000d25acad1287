sitrepSearchData("terms/t-pea",{"peace":"RPzi8"});
