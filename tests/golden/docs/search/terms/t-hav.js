sitrepSearchData("terms/t-hav",{"havent":"PYE68"});
