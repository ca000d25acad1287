sitrepSearchData("terms/t-z",{"z":"HPMi8"});
