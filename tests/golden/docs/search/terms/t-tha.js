sitrepSearchData("terms/t-tha",{"than":"HPMix0","thankful":"PYE68"});
