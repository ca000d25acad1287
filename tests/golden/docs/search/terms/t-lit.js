sitrepSearchData("terms/t-lit",{"little":"HPMi8"});
