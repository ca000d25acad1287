sitrepSearchData("terms/t-set",{"set":"FFSl8","settlements":"FFSl8yFVt8"});
