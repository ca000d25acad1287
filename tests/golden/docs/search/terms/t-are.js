sitrepSearchData("terms/t-are",{"area":"NRB88","areas":"NRB8oyYS5g"});
