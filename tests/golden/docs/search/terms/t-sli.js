sitrepSearchData("terms/t-sli",{"slight":"FFSl8"});
