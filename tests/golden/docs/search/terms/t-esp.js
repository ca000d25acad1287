sitrepSearchData("terms/t-esp",{"especially":"FFSl8GONho"});
