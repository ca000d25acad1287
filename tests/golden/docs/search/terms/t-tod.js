sitrepSearchData("terms/t-tod",{"today":"FFSl8"});
