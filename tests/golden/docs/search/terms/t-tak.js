sitrepSearchData("terms/t-tak",{"take":"PYE68","taken":"SF-g8"});
