sitrepSearchData("terms/t-abl",{"able":"RPzi8"});
