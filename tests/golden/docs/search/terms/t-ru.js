sitrepSearchData("terms/t-ru",{"ru":"Lxxg6COy28"});
