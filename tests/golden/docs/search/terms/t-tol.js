sitrepSearchData("terms/t-tol",{"told":"FFSlxo"});
