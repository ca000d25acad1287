sitrepSearchData("terms/t-ear",{"early":"FFSl8GONh8"});
