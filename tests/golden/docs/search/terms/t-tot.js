sitrepSearchData("terms/t-tot",{"total":"FFSl8","totally":"FFSl8"});
