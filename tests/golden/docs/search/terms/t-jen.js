sitrepSearchData("terms/t-jen",{"jens":"x-Cf2DHM68"});
