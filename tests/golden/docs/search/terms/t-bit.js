sitrepSearchData("terms/t-bit",{"bitter":"PYE68"});
