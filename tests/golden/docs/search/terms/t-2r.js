sitrepSearchData("terms/t-2r",{"2r":"HGRk2"});
