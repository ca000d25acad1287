sitrepSearchData("terms/t-sub",{"substantial":"QNXd8"});
