sitrepSearchData("terms/t-yet",{"yet":"PYE68"});
