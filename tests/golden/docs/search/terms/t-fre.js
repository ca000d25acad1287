sitrepSearchData("terms/t-fre",{"free":"PYE68"});
