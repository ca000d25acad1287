sitrepSearchData("terms/t-up",{"up":"NRB88yYS5gxxE5g"});
