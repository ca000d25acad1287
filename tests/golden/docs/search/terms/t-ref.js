sitrepSearchData("terms/t-ref",{"refused":"QNXd8"});
