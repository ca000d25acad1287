sitrepSearchData("terms/t-net",{"network":"zLWlaHZYs8"});
