sitrepSearchData("terms/t-ahe",{"ahead":"HPMi8"});
