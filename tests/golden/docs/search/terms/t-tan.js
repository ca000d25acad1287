sitrepSearchData("terms/t-tan",{"tank":"zLY28yGOf8BMD38zWApaCKF58xwHi8AJD08x-Yn8","tanks":"QNXd8xxE5xgBJOi8"});
