sitrepSearchData("terms/t-2a6",{"2a6":"HGRk2"});
