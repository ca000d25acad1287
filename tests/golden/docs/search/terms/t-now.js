sitrepSearchData("terms/t-now",{"now":"FFSlo"});
