sitrepSearchData("terms/t-kil",{"kilometers":"HPMi8"});
