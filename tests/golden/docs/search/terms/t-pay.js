sitrepSearchData("terms/t-pay",{"pay":"FFSl8"});
