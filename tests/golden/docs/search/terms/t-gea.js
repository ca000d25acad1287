sitrepSearchData("terms/t-gea",{"gearing":"FFSl8"});
