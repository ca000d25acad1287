sitrepSearchData("terms/t-bor",{"border":"NRB8g"});
