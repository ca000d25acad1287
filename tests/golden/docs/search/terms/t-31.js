sitrepSearchData("terms/t-31",{"31":"FFSl8BXzo8"});
