sitrepSearchData("terms/t-inf",{"infantry":"NRB88"});
