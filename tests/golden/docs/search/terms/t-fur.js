sitrepSearchData("terms/t-fur",{"further":"QNXd8xxE58"});
