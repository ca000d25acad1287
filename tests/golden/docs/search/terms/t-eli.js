sitrepSearchData("terms/t-eli",{"eliminated":"NRB88"});
