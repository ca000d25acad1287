sitrepSearchData("terms/t-sla",{"slang":"PYE68"});
