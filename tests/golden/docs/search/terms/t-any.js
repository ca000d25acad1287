sitrepSearchData("terms/t-any",{"any":"RPzi8"});
