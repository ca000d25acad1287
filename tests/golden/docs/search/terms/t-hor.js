sitrepSearchData("terms/t-hor",{"horrifically":"HPMi8"});
