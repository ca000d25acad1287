sitrepSearchData("terms/x-d181d0b8d0bb",{"сили":"EKF12"});
