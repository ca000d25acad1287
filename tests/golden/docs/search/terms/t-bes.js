sitrepSearchData("terms/t-bes",{"best":"PYE68"});
