sitrepSearchData("terms/t-pay",{"pay":"RPzi8"});
