sitrepSearchData("terms/t-axi",{"axis":"NRB8g"});
