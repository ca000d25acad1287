sitrepSearchData("terms/t-act",{"active":"NRB88zZ-a8"});
