sitrepSearchData("terms/t-pla",{"planning":"FFSl8","plans":"HPMi8","platform":"FFSl8","plays":"FFSl8"});
