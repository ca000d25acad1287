sitrepSearchData("terms/t-agg",{"aggression":"HPMi8"});
