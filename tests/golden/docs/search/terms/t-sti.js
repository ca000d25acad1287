sitrepSearchData("terms/t-sti",{"still":"QNXd8"});
