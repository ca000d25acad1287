sitrepSearchData("terms/t-cir",{"circulating":"QNXd8"});
