sitrepSearchData("terms/t-end",{"end":"y-To8"});
