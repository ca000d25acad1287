sitrepSearchData("terms/t-aba",{"abandon":"FFSl8","abandoned":"FFSl8"});
