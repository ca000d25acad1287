sitrepSearchData("terms/t-awa",{"away":"FFSl8"});
