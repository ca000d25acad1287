sitrepSearchData("terms/t-fas",{"faster":"QNXd8"});
