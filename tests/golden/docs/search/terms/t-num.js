sitrepSearchData("terms/t-num",{"number":"HPMi8","numbers":"HPMi8"});
