sitrepSearchData("terms/t-ear",{"early":"NRB88zZ-a8"});
