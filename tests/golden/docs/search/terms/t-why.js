sitrepSearchData("terms/t-why",{"why":"PYE68"});
