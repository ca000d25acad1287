sitrepSearchData("terms/t-men",{"men":"FFSl8"});
