sitrepSearchData("terms/t-ous",{"oust":"RPzi8"});
