sitrepSearchData("terms/t-fie",{"field":"NRB8g"});
