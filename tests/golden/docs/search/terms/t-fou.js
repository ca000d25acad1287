sitrepSearchData("terms/t-fou",{"fought":"Cx_u8DxHk8HLH28","foundation":"EV_p2HP_q8xBzv8","founded":"LJTh8GYC48","four":"VNRl8"});
