sitrepSearchData("terms/t-ris",{"risk":"QNXd8"});
