sitrepSearchData("terms/t-cut",{"cut":"HPMi8"});
