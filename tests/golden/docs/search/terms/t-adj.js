sitrepSearchData("terms/t-adj",{"adjacent":"PYE68"});
