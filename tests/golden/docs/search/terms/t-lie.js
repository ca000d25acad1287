sitrepSearchData("terms/t-lie",{"lieutenant":"YUV78"});
