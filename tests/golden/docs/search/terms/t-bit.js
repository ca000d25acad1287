sitrepSearchData("terms/t-bit",{"bitter":"NRB88"});
