sitrepSearchData("terms/t-run",{"run":"FEza8","running":"NRB8g"});
