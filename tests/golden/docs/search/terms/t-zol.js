sitrepSearchData("terms/t-zol",{"zolotov":"Cx_u8"});
