sitrepSearchData("terms/t-jus",{"just":"NRB88yYS5gxxE58"});
