sitrepSearchData("terms/t-2a8",{"2a8":"HGRk2"});
