sitrepSearchData("terms/t-eff",{"effectively":"FFSl8","effectiveness":"FFSl8yFVt8","effort":"FFSl8GONh8"});
