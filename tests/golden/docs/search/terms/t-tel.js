sitrepSearchData("terms/t-tel",{"telegram":"HPMig","television":"HPMi8"});
