sitrepSearchData("terms/t-mon",{"monday":"NRB88","months":"NRB88yYS5gxxE5o"});
