sitrepSearchData("terms/t-alo",{"along":"PYE6o","alongside":"PYE68"});
