sitrepSearchData("terms/t-so",{"so":"NRB8g"});
