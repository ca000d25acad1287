sitrepSearchData("terms/t-ord",{"order":"HPMi8","ordered":"QUH08"});
