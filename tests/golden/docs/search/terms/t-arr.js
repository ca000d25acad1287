sitrepSearchData("terms/t-arr",{"arrive":"RPzi8"});
