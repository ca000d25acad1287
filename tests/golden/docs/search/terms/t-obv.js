sitrepSearchData("terms/t-obv",{"obvious":"QNXd8"});
