sitrepSearchData("terms/t-sis",{"sister":"PYE68"});
