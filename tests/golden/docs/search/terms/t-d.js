sitrepSearchData("terms/t-d",{"d":"AA92PUzt8"});
