sitrepSearchData("terms/t-rea",{"reason":"PYE68"});
