sitrepSearchData("terms/t-edg",{"edge":"FFSl8GONhg"});
