sitrepSearchData("terms/t-aut",{"authoritarian":"PYE68"});
