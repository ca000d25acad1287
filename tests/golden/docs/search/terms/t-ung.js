sitrepSearchData("terms/t-ung",{"ungrateful":"PYE68"});
