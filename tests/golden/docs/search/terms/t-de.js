sitrepSearchData("terms/t-de",{"de":"QNXd8"});
