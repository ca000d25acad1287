sitrepSearchData("terms/t-non",{"nonetheless":"HPMi8","nonprofit":"EV_p8"});
