sitrepSearchData("terms/t-amo",{"amounts":"FFSl8"});
