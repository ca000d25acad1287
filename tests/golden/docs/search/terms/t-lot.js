sitrepSearchData("terms/t-lot",{"lot":"HPMi8"});
