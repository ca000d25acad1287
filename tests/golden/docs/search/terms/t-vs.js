sitrepSearchData("terms/t-vs",{"vs":"NRB81"});
