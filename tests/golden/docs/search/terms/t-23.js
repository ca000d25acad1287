sitrepSearchData("terms/t-23",{"23":"NRB88yYS5gxxE58z-O3a"});
