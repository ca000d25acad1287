sitrepSearchData("terms/t-1",{"1":"HPMi8"});
