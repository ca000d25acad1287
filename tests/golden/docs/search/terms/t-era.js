sitrepSearchData("terms/t-era",{"era":"FFSl8"});
