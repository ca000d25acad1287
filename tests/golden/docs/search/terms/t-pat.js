sitrepSearchData("terms/t-pat",{"patriot":"DTIn6xOFu8"});
