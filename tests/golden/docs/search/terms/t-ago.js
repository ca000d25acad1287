sitrepSearchData("terms/t-ago",{"ago":"PYE68"});
