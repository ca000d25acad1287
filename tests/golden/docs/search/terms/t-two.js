sitrepSearchData("terms/t-two",{"two":"FFSl8GONhx0"});
