sitrepSearchData("terms/t-beh",{"behind":"HPMi8"});
