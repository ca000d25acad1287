sitrepSearchData("terms/t-sit",{"site":"PYE68","situation":"FFSl8"});
