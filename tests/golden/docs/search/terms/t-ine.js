sitrepSearchData("terms/t-ine",{"inevitably":"HPMi8"});
