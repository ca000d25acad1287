sitrepSearchData("terms/t-pse",{"pseudonymous":"OxI68"});
