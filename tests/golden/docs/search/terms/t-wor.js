sitrepSearchData("terms/t-wor",{"work":"QNXd8","world":"QJ_j2xBzv8","worth":"RPzi8"});
