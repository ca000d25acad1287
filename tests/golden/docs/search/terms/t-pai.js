sitrepSearchData("terms/t-pai",{"paint":"QNXd8","painted":"QNXd8"});
