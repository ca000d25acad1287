sitrepSearchData("terms/t-mos",{"moscow":"UzVta","most":"NRB8o"});
