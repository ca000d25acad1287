sitrepSearchData("terms/t-thu",{"thursday":"QNXd8"});
