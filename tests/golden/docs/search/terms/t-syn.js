sitrepSearchData("terms/t-syn",{"synonymous":"HPMi8"});
