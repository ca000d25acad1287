sitrepSearchData("terms/t-300",{"300":"FFSl8"});
