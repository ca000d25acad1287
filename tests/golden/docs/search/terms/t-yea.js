sitrepSearchData("terms/t-yea",{"year":"NRB8g"});
