sitrepSearchData("terms/t-ser",{"series":"HPMi8","service":"Cx_u2"});
