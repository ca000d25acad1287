sitrepSearchData("terms/t-aft",{"after":"FFSloyFVtx0xLX02CUYkx0GEd8"});
