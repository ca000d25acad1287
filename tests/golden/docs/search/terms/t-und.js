sitrepSearchData("terms/t-und",{"under":"HPMig"});
