sitrepSearchData("terms/t-fri",{"friday":"NRB88yYS5x0"});
