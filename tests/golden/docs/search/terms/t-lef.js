sitrepSearchData("terms/t-lef",{"left":"PYE68"});
