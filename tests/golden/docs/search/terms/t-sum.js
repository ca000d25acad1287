sitrepSearchData("terms/t-sum",{"summarises":"OxI68","summer":"FFSl8"});
