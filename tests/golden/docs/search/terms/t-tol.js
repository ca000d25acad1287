sitrepSearchData("terms/t-tol",{"told":"RPzixo"});
