sitrepSearchData("terms/t-swi",{"swiftly":"PYE68","swiss":"QJ_j8"});
