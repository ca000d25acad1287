sitrepSearchData("terms/t-mas",{"massive":"FFSl8"});
