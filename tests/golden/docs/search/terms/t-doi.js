sitrepSearchData("terms/t-doi",{"doing":"NRB88"});
