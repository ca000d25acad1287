sitrepSearchData("terms/t-sce",{"sceptic":"AA98"});
