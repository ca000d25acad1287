sitrepSearchData("terms/t-map",{"map":"NRB88FZK3a"});
