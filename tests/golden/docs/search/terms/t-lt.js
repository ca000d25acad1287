sitrepSearchData("terms/t-lt",{"lt":"FFSl8PLyi2"});
