sitrepSearchData("terms/t-vil",{"villages":"HPMi8"});
