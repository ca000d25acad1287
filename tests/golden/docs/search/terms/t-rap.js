sitrepSearchData("terms/t-rap",{"rapid":"HPMi8"});
