sitrepSearchData("terms/t-neg",{"negotiated":"y-To8OQHqg","negotiating":"RPzi8"});
