sitrepSearchData("terms/t-2a4",{"2a4":"HGRk2"});
