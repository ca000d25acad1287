sitrepSearchData("terms/t-spa",{"spaag":"HPMig","spain":"HGRk8"});
