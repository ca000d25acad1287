sitrepSearchData("terms/t-few",{"few":"FFSl8GONhg"});
