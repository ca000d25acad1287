sitrepSearchData("terms/t-hol",{"hold":"FFSlh","holds":"FFSl8"});
