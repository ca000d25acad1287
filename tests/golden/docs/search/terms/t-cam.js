sitrepSearchData("terms/t-cam",{"came":"QNXd8"});
