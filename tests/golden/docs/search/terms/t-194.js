sitrepSearchData("terms/t-194",{"1946":"VEKd8"});
