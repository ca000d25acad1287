sitrepSearchData("terms/t-evo",{"evolved":"RPzi8"});
