sitrepSearchData("terms/t-omi",{"ominous":"NRB8g"});
