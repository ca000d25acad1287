sitrepSearchData("terms/t-req",{"require":"FFSl8"});
