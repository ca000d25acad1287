sitrepSearchData("terms/t-har",{"hard":"QNXd8","harder":"QNXd8"});
