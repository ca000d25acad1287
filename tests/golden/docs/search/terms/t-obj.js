sitrepSearchData("terms/t-obj",{"objective":"PYE68"});
