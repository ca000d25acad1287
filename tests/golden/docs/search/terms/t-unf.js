sitrepSearchData("terms/t-unf",{"unfortunately":"HPMi8"});
