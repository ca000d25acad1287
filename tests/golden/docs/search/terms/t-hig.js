sitrepSearchData("terms/t-hig",{"high":"PYE68","highrises":"PYE68"});
