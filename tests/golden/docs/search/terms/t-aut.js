sitrepSearchData("terms/t-aut",{"author":"DUFb8","authoritarian":"NRB88"});
