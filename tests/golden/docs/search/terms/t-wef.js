sitrepSearchData("terms/t-wef",{"wef":"QJ_j6"});
