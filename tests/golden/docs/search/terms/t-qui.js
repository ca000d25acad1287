sitrepSearchData("terms/t-qui",{"quickly":"HPMig"});
