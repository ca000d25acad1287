sitrepSearchData("terms/t-sir",{"sirko":"JzHi2"});
