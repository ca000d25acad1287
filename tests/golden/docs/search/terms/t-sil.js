sitrepSearchData("terms/t-sil",{"silence":"HPMi8"});
