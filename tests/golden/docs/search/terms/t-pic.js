sitrepSearchData("terms/t-pic",{"picture":"QNXdo","pictured":"QNXd8"});
