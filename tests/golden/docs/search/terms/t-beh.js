sitrepSearchData("terms/t-beh",{"behind":"QNXd8"});
