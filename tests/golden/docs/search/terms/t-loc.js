sitrepSearchData("terms/t-loc",{"local":"HPMi8","located":"HPMi8"});
