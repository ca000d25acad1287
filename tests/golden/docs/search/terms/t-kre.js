sitrepSearchData("terms/t-kre",{"kremlin":"NRB88yYS58zN-g6"});
