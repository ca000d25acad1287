sitrepSearchData("terms/t-six",{"six":"HPMig"});
