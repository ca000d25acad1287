sitrepSearchData("terms/t-det",{"deterrent":"FFSl8"});
