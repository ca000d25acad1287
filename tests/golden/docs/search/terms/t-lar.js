sitrepSearchData("terms/t-lar",{"largely":"FFSl8","largest":"HPMi8"});
