sitrepSearchData("terms/t-era",{"era":"RPzi8"});
