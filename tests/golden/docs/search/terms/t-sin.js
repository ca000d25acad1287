sitrepSearchData("terms/t-sin",{"since":"AA98BRE98zMG38RIEag"});
