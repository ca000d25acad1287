sitrepSearchData("terms/t-twe",{"tweet":"QNXd8"});
