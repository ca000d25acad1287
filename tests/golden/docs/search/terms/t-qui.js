sitrepSearchData("terms/t-qui",{"quickly":"QNXdg"});
