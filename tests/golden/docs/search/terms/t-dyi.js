sitrepSearchData("terms/t-dyi",{"dying":"PYE68"});
