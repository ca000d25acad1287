sitrepSearchData("terms/t-1",{"1":"QNXd8"});
