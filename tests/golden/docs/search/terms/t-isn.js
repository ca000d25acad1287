sitrepSearchData("terms/t-isn",{"isnt":"FFSl8"});
