sitrepSearchData("terms/t-mse",{"mse":"DTIn2"});
