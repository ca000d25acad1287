sitrepSearchData("terms/t-sal",{"salient":"NRB8o"});
