sitrepSearchData("terms/t-khe",{"kherson":"FFSl8FPAa6"});
