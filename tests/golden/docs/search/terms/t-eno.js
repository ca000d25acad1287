sitrepSearchData("terms/t-eno",{"enough":"FFSl8GONh8"});
