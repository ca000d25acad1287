sitrepSearchData("terms/t-pai",{"paint":"HPMi8","painted":"HPMi8"});
