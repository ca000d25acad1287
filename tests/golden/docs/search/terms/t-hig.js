sitrepSearchData("terms/t-hig",{"high":"NRB88","highrises":"NRB88"});
