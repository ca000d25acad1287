sitrepSearchData("terms/t-dyi",{"dying":"NRB88"});
