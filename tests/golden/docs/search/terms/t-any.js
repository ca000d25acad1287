sitrepSearchData("terms/t-any",{"any":"FFSl8"});
