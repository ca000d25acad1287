sitrepSearchData("terms/t-sha",{"shared":"HPMig","sharp":"HPMi8"});
