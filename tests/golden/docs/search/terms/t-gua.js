sitrepSearchData("terms/t-gua",{"guarantor":"RPzi8","guard":"Cx_ua"});
