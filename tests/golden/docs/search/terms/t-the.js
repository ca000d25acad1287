sitrepSearchData("terms/t-the",{"theater":"NRB88zZ-a8","themselves":"QNXd8","then":"x-Cf8","theyve":"NRB8x0"});
