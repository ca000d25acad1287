sitrepSearchData("terms/t-win",{"win":"FFSl8","winter":"FFSl8"});
