sitrepSearchData("terms/t-l",{"l":"YUV72"});
