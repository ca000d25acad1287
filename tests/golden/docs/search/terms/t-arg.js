sitrepSearchData("terms/t-arg",{"argued":"FFSl8","argues":"YUV78","arguing":"HPMi8"});
