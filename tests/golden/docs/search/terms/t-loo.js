sitrepSearchData("terms/t-loo",{"loosen":"FFSl9"});
