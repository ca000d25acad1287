sitrepSearchData("terms/t-pro",{"proclaimed":"IS-28","production":"RPzi8","propelled":"XXR38","provide":"RPzi8","province":"LzSm2AUyt2Sxq8FOTm2"});
