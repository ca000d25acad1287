sitrepSearchData("terms/t-eco",{"economic":"FFSl8HAEu2"});
