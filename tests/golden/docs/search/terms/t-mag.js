sitrepSearchData("terms/t-mag",{"magazine":"GCQka"});
