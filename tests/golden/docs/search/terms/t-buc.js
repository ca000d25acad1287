sitrepSearchData("terms/t-buc",{"buckby":"DUFb6"});
