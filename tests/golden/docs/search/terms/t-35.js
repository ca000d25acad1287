sitrepSearchData("terms/t-35",{"35":"PYE68"});
