sitrepSearchData("terms/t-kie",{"kiev":"KLCc6"});
