sitrepSearchData("terms/t-cul",{"culminate":"FFSl8"});
