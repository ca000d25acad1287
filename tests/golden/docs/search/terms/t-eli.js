sitrepSearchData("terms/t-eli",{"eliminated":"PYE68"});
