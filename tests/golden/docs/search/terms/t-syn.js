sitrepSearchData("terms/t-syn",{"synonymous":"QNXd8"});
