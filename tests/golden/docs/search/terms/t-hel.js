sitrepSearchData("terms/t-hel",{"help":"NRB88zZ-a8","helped":"NRB88"});
