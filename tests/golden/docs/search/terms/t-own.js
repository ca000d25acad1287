sitrepSearchData("terms/t-own",{"own":"PYE68"});
