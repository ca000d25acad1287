sitrepSearchData("terms/t-cre",{"create":"FFSl8","credited":"DTIn8","crests":"PYE68"});
