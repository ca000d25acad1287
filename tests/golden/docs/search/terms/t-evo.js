sitrepSearchData("terms/t-evo",{"evolved":"FFSl8"});
