sitrepSearchData("terms/t-kno",{"knows":"NRB88"});
