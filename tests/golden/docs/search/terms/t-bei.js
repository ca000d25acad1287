sitrepSearchData("terms/t-bei",{"being":"NRB88yYS5o"});
