sitrepSearchData("terms/t-khe",{"kherson":"OYWv6ySEj8"});
