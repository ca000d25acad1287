sitrepSearchData("terms/t-dis",{"disagreed":"RPzi8","disastrous":"NRB88","discussions":"RPzi8","disputing":"RPzi8"});
