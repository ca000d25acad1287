sitrepSearchData("terms/t-bur",{"buried":"NRB8g"});
