sitrepSearchData("terms/t-pot",{"potentially":"RPzi8"});
