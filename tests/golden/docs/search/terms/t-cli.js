sitrepSearchData("terms/t-cli",{"clinging":"PYE68","clip":"HPMi8"});
