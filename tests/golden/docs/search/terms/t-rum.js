sitrepSearchData("terms/t-rum",{"rumors":"HPMi8"});
