sitrepSearchData("terms/t-vul",{"vulnerable":"FFSl8"});
