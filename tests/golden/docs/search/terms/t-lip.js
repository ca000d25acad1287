sitrepSearchData("terms/t-lip",{"lipped":"HPMi8"});
