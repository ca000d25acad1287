sitrepSearchData("terms/t-suf",{"sufficient":"QNXd8"});
