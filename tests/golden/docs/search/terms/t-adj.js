sitrepSearchData("terms/t-adj",{"adjacent":"NRB88"});
