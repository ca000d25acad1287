sitrepSearchData("terms/t-rui",{"ruins":"PYE68"});
