sitrepSearchData("terms/t-thu",{"thursday":"HPMi8"});
