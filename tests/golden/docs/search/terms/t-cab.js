sitrepSearchData("terms/t-cab",{"cable":"zLWla"});
