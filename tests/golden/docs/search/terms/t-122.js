sitrepSearchData("terms/t-122",{"122":"HGRk2"});
