sitrepSearchData("terms/t-reu",{"reuters":"FFSl8QzPs6"});
