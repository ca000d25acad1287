sitrepSearchData("terms/t-car",{"cards":"PYE68"});
