sitrepSearchData("terms/t-hav",{"havent":"NRB88"});
