sitrepSearchData("terms/t-fas",{"faster":"HPMi8"});
