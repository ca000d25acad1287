sitrepSearchData("terms/t-two",{"two":"NRB8x0zZ-a8"});
