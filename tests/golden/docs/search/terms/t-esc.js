sitrepSearchData("terms/t-esc",{"escalating":"FFSl8"});
