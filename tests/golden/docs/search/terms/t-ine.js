sitrepSearchData("terms/t-ine",{"inevitably":"QNXd8"});
