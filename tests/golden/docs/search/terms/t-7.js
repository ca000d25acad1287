sitrepSearchData("terms/t-7",{"7":"PYE68"});
