sitrepSearchData("terms/t-get",{"getting":"NRB8o"});
