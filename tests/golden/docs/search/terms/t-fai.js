sitrepSearchData("terms/t-fai",{"failing":"PYE68"});
