sitrepSearchData("terms/t-doi",{"doing":"PYE68"});
