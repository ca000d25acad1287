sitrepSearchData("terms/t-pat",{"patriot":"DTIn6JXSr8"});
