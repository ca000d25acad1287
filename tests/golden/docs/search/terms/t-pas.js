sitrepSearchData("terms/t-pas",{"past":"PYE68"});
