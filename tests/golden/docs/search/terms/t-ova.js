sitrepSearchData("terms/t-ova",{"oval":"PYE68"});
