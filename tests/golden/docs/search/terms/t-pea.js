sitrepSearchData("terms/t-pea",{"peace":"FFSl8"});
