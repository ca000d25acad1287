sitrepSearchData("terms/t-31",{"31":"LAWd8CKF58"});
