sitrepSearchData("terms/t-urb",{"urban":"NRB8g"});
