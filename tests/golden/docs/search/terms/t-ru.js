sitrepSearchData("terms/t-ru",{"ru":"FFSl8BTGr6"});
