sitrepSearchData("terms/t-rum",{"rumors":"QNXd8"});
