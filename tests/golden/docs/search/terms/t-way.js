sitrepSearchData("terms/t-way",{"way":"FFSl8"});
