sitrepSearchData("terms/t-wea",{"weak":"NRB88","weapons":"QNXd8xxE5gGEK4a"});
