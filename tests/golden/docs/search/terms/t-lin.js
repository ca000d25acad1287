sitrepSearchData("terms/t-lin",{"line":"NRB8ozZ-ag","lines":"NRB88yYS5gxxE5g"});
