sitrepSearchData("terms/t-eve",{"even":"NRB88yYS5oxxE5g"});
