sitrepSearchData("terms/t-fla",{"flag":"HPMig"});
