sitrepSearchData("terms/t-lik",{"likely":"FFSl8"});
