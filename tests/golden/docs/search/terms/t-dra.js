sitrepSearchData("terms/t-dra",{"draw":"FFSl8"});
