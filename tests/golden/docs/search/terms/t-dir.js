sitrepSearchData("terms/t-dir",{"directions":"NRB88"});
