sitrepSearchData("terms/t-abr",{"abrams":"LAWdeCKF5o"});
