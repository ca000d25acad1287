sitrepSearchData("terms/t-det",{"deterrent":"RPzi8"});
