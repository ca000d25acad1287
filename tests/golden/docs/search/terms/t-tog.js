sitrepSearchData("terms/t-tog",{"together":"FFSl8CAws2G_M68"});
