sitrepSearchData("terms/t-sic",{"sic":"PYE68"});
