sitrepSearchData("terms/t-swi",{"swiftly":"NRB88","swiss":"QJ_j8"});
