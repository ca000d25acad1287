sitrepSearchData("terms/t-dnr",{"dnr":"IS-26"});
