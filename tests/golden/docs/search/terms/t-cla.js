sitrepSearchData("terms/t-cla",{"claim":"NRB88","claimed":"NRB88yYS5g","claims":"DAP18GMO79zZ-a8"});
