sitrepSearchData("terms/t-old",{"older":"HPMig"});
