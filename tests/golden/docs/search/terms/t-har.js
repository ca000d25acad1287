sitrepSearchData("terms/t-har",{"hard":"HPMi8","harder":"HPMi8"});
