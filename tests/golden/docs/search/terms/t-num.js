sitrepSearchData("terms/t-num",{"number":"QNXd8","numbers":"QNXd8"});
