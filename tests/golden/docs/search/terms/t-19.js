sitrepSearchData("terms/t-19",{"19":"FFSl8ON-e2"});
