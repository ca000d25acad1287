sitrepSearchData("terms/t-mim",{"mim":"DTIn2"});
