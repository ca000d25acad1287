sitrepSearchData("terms/t-fed",{"federal":"Cx_u2","federation":"Cx_u2xyP32DYKf2"});
