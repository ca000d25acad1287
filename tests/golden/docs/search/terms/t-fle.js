sitrepSearchData("terms/t-fle",{"flew":"PYE68"});
