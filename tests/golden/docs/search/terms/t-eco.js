sitrepSearchData("terms/t-eco",{"economic":"QJ_j2xBzv8"});
