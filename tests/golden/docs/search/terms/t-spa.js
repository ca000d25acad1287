sitrepSearchData("terms/t-spa",{"spaag":"QNXdg","spain":"HGRk8"});
