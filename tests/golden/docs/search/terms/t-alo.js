sitrepSearchData("terms/t-alo",{"along":"NRB8o","alongside":"NRB88"});
