sitrepSearchData("terms/t-pro",{"proclaimed":"IS-28","production":"FFSl8","propelled":"XXR38","provide":"FFSl8","province":"HPMi8zMC42AUyt2GEVg2"});
