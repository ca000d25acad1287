sitrepSearchData("terms/t-obv",{"obvious":"HPMi8"});
