sitrepSearchData("terms/t-inc",{"including":"FFSl8GONhg","incredibly":"FFSl8","incremental":"FFSl8"});
