sitrepSearchData("terms/t-amm",{"ammunition":"FFSl8"});
