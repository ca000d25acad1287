sitrepSearchData("terms/t-fle",{"flew":"NRB88"});
