sitrepSearchData("terms/t-cut",{"cut":"QNXd8"});
