sitrepSearchData("terms/t-loc",{"local":"QNXd8","located":"QNXd8"});
