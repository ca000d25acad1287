sitrepSearchData("terms/t-200",{"200":"FFSl8"});
