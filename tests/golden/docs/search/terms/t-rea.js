sitrepSearchData("terms/t-rea",{"reason":"NRB88"});
