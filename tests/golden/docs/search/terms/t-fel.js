sitrepSearchData("terms/t-fel",{"fell":"NRB88zZ-a8","fellow":"ELQc8DVNc8AERl8xxE5gDBRl8"});
