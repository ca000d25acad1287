sitrepSearchData("terms/t-cos",{"cost":"HPMig"});
