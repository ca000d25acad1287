sitrepSearchData("terms/t-ahe",{"ahead":"QNXd8"});
