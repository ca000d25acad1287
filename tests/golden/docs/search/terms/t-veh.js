sitrepSearchData("terms/t-veh",{"vehicle":"QNXdgA_W88","vehicles":"NRB88yYS58xxE5g"});
