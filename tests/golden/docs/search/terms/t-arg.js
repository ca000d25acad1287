sitrepSearchData("terms/t-arg",{"argued":"RPzi8","argues":"YUV78","arguing":"QNXd8"});
