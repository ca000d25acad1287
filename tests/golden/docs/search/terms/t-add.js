sitrepSearchData("terms/t-add",{"added":"QNXd8xxE5g","address":"QNXd8"});
