sitrepSearchData("terms/t-yor",{"york":"DUFb8"});
