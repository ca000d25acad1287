sitrepSearchData("terms/t-vil",{"villages":"QNXd8"});
