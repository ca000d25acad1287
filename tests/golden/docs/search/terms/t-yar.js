sitrepSearchData("terms/t-yar",{"yard":"FFSl8"});
