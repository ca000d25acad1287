sitrepSearchData("terms/t-sav",{"save":"PYE68"});
