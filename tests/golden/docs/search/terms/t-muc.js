sitrepSearchData("terms/t-muc",{"much":"NRB88yYS5x8"});
