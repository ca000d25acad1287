sitrepSearchData("terms/t-2a7",{"2a7":"HGRk2"});
