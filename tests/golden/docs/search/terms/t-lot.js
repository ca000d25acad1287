sitrepSearchData("terms/t-lot",{"lot":"QNXd8"});
