sitrepSearchData("terms/t-z",{"z":"QNXd8"});
