sitrepSearchData("terms/t-dow",{"downplay":"PYE68"});
