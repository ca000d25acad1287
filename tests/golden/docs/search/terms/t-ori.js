sitrepSearchData("terms/t-ori",{"origin":"FFSl8"});
