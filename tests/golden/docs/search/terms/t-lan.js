sitrepSearchData("terms/t-lan",{"land":"PYE68"});
