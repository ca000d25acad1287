sitrepSearchData("terms/t-ene",{"enemy":"NRB8gyYS58"});
