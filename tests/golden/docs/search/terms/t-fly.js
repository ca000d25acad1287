sitrepSearchData("terms/t-fly",{"flying":"QNXd8"});
