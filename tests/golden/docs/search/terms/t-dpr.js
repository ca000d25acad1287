sitrepSearchData("terms/t-dpr",{"dpr":"IS-26"});
