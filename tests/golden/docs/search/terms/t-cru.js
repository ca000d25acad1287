sitrepSearchData("terms/t-cru",{"crucial":"PYE68"});
