sitrepSearchData("terms/t-amb",{"ambushed":"QNXd8"});
