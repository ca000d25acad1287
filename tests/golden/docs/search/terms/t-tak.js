sitrepSearchData("terms/t-tak",{"take":"NRB88","taken":"SF-g8"});
