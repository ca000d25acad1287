sitrepSearchData("terms/t-alr",{"already":"HPMig"});
