sitrepSearchData("terms/t-fam",{"familiar":"FFSlo"});
