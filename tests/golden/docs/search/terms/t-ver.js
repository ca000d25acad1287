sitrepSearchData("terms/t-ver",{"very":"NRB8gyYS5o"});
