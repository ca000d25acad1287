sitrepSearchData("terms/t-tob",{"tobias":"HPMi8ARR62"});
