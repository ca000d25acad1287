sitrepSearchData("terms/t-obj",{"objective":"NRB88"});
