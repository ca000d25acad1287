sitrepSearchData("terms/t-fly",{"flying":"HPMi8"});
