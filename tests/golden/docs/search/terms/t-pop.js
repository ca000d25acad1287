sitrepSearchData("terms/t-pop",{"populate":"QNXd8","population":"NRB88"});
