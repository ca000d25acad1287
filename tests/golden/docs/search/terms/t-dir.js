sitrepSearchData("terms/t-dir",{"directions":"PYE68"});
