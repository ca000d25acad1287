sitrepSearchData("terms/t-fut",{"future":"QNXd8xxE5o"});
