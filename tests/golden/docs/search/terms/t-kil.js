sitrepSearchData("terms/t-kil",{"kilometers":"QNXd8"});
