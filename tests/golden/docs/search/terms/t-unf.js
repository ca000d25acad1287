sitrepSearchData("terms/t-unf",{"unfortunately":"QNXd8"});
