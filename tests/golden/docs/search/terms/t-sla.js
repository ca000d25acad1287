sitrepSearchData("terms/t-sla",{"slang":"NRB88"});
