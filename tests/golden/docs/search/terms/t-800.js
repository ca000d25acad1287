sitrepSearchData("terms/t-800",{"800":"NRB8g"});
