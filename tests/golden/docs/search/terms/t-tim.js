sitrepSearchData("terms/t-tim",{"time":"HPMi8"});
