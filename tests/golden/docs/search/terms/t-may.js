sitrepSearchData("terms/t-may",{"may":"FFSl8"});
