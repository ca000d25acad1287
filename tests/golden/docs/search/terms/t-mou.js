sitrepSearchData("terms/t-mou",{"mounting":"FFSl8"});
