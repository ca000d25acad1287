sitrepSearchData("terms/t-unr",{"unrecognised":"IS-28"});
