sitrepSearchData("terms/t-ext",{"extent":"PYE68"});
