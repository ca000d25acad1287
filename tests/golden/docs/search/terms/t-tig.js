sitrepSearchData("terms/t-tig",{"tight":"HPMi8"});
