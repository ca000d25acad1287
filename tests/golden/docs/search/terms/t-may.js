sitrepSearchData("terms/t-may",{"may":"RPzi8"});
