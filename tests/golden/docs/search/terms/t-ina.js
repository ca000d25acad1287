sitrepSearchData("terms/t-ina",{"inadvertently":"PYE68"});
