sitrepSearchData("terms/t-arr",{"arrive":"FFSl8"});
