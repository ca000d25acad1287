sitrepSearchData("terms/t-cas",{"case":"PYE68","casualties":"FFSl8"});
