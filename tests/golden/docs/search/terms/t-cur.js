sitrepSearchData("terms/t-cur",{"currently":"FFSl8"});
