sitrepSearchData("terms/t-hor",{"horrifically":"QNXd8"});
