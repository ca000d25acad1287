sitrepSearchData("terms/t-rap",{"rapid":"QNXd8"});
