sitrepSearchData("terms/t-lib",{"liberated":"NRB88yYS5o","liberation":"QNXd8"});
