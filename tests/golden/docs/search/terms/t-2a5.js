sitrepSearchData("terms/t-2a5",{"2a5":"HGRk2"});
