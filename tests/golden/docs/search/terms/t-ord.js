sitrepSearchData("terms/t-ord",{"order":"QNXd8","ordered":"QUH08"});
