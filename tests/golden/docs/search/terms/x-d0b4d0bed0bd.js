sitrepSearchData("terms/x-d0b4d0bed0bd",{"дональд":"y-To2","донбас":"SF-g6","донбасс":"SF-g6","донецкая":"IS-22NJR12","донецька":"IS-22NJR12"});
