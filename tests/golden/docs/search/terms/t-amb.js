sitrepSearchData("terms/t-amb",{"ambushed":"HPMi8"});
