sitrepSearchData("terms/t-spe",{"special":"EKF1aIzOc8","speed":"RPzi8"});
