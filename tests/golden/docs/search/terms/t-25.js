sitrepSearchData("terms/t-25",{"25":"PYE68"});
