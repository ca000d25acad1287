sitrepSearchData("terms/t-usi",{"using":"NRB8g"});
