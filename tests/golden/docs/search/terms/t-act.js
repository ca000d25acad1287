sitrepSearchData("terms/t-act",{"active":"FFSl8GONh8"});
