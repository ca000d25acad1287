sitrepSearchData("terms/t-bef",{"before":"PYE68"});
