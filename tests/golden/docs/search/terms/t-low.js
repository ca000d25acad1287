sitrepSearchData("terms/t-low",{"low":"GROk2C_Okg"});
