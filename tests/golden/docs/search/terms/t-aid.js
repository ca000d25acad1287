sitrepSearchData("terms/t-aid",{"aid":"AA98PUzt8"});
