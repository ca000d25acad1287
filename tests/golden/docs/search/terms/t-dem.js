sitrepSearchData("terms/t-dem",{"demolition":"NRB88","demonstrated":"QNXd8"});
