sitrepSearchData("terms/t-agg",{"aggression":"QNXd8"});
