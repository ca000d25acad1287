sitrepSearchData("terms/t-mus",{"must":"FFSl8"});
