sitrepSearchData("terms/t-abl",{"able":"FFSl8"});
