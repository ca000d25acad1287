sitrepSearchData("terms/t-map",{"map":"PYE68DSH5a"});
