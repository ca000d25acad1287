sitrepSearchData("terms/t-cir",{"circulating":"HPMi8"});
