sitrepSearchData("terms/t-twe",{"tweet":"HPMi8"});
