sitrepSearchData("terms/t-rac",{"race":"FFSl8"});
