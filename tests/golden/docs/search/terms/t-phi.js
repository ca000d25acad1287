sitrepSearchData("terms/t-phi",{"philanthropic":"FFSl8CAws8"});
