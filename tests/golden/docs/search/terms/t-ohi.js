sitrepSearchData("terms/t-ohi",{"ohio":"AA98"});
