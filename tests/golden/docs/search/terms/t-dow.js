sitrepSearchData("terms/t-dow",{"downplay":"NRB88"});
