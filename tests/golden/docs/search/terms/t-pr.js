sitrepSearchData("terms/t-pr",{"pr":"FFSl8"});
