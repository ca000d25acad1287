sitrepSearchData("terms/t-emp",{"employ":"FFSl8"});
