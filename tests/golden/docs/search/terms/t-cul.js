sitrepSearchData("terms/t-cul",{"culminate":"RPzi8"});
