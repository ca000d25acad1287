sitrepSearchData("terms/t-lis",{"listen":"PYE68"});
