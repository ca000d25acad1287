sitrepSearchData("terms/t-gua",{"guarantor":"FFSl8","guard":"Cx_ua"});
