sitrepSearchData("terms/t-cli",{"clinging":"NRB88","clip":"QNXd8"});
