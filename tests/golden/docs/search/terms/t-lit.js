sitrepSearchData("terms/t-lit",{"little":"QNXd8"});
