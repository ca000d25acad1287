sitrepSearchData("terms/t-ris",{"risk":"HPMi8"});
