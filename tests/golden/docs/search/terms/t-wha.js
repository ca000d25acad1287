sitrepSearchData("terms/t-wha",{"what":"FFSl8GONho"});
