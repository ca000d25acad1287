sitrepSearchData("terms/t-dyn",{"dynamic":"QNXd8"});
