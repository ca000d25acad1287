sitrepSearchData("terms/t-tab",{"table":"FFSl8"});
