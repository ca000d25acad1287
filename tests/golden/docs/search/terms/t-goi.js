sitrepSearchData("terms/t-goi",{"going":"RPzi8"});
