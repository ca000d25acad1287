sitrepSearchData("terms/t-anc",{"ancient":"QNXd8"});
