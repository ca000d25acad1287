sitrepSearchData("terms/t-250",{"250":"NRB8g"});
