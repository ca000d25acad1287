sitrepSearchData("terms/t-ung",{"ungrateful":"NRB88"});
