sitrepSearchData("terms/x-d185d0b5d180",{"херсон":"OYWv6"});
