sitrepSearchData("terms/t-bol",{"bolstered":"PYE68"});
