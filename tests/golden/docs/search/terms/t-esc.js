sitrepSearchData("terms/t-esc",{"escalating":"RPzi8"});
