sitrepSearchData("terms/t-wil",{"willing":"HPMig"});
