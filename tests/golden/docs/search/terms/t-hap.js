sitrepSearchData("terms/t-hap",{"happens":"FFSl8"});
