sitrepSearchData("terms/t-pac",{"pac":"DTIn2"});
