sitrepSearchData("terms/t-14",{"14":"FFSl8NS_f8"});
