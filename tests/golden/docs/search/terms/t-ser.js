sitrepSearchData("terms/t-ser",{"series":"QNXd8","service":"Cx_u2"});
