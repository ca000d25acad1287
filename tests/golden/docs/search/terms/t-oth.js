sitrepSearchData("terms/t-oth",{"other":"EV_p8yVMpg","others":"HGRk8"});
