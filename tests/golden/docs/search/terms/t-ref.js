sitrepSearchData("terms/t-ref",{"refused":"HPMi8"});
