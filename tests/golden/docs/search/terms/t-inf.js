sitrepSearchData("terms/t-inf",{"infantry":"PYE68"});
