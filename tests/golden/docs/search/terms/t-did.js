sitrepSearchData("terms/t-did",{"didnt":"PYE68"});
