sitrepSearchData("terms/t-bru",{"brutal":"FFSl8"});
