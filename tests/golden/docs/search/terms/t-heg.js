sitrepSearchData("terms/t-heg",{"hegseth":"WJDn8"});
