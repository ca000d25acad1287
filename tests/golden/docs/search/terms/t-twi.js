sitrepSearchData("terms/t-twi",{"twin":"XXR38","twitter":"QNXd8"});
