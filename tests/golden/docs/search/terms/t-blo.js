sitrepSearchData("terms/t-blo",{"blogger":"PYE6o","bloody":"FFSl8"});
