sitrepSearchData("terms/t-ous",{"oust":"FFSl8"});
