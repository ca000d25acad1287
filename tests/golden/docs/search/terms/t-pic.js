sitrepSearchData("terms/t-pic",{"picture":"HPMio","pictured":"HPMi8"});
