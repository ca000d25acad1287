sitrepSearchData("terms/t-sti",{"still":"HPMi8"});
