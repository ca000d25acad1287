sitrepSearchData("terms/t-pot",{"potentially":"FFSl8"});
