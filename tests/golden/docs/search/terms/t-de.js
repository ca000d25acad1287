sitrepSearchData("terms/t-de",{"de":"HPMi8"});
