sitrepSearchData("terms/t-way",{"way":"RPzi8"});
