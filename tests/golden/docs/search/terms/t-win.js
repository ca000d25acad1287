sitrepSearchData("terms/t-win",{"win":"RPzi8","winter":"RPzi8"});
