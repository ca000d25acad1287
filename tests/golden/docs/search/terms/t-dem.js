sitrepSearchData("terms/t-dem",{"demolition":"PYE68","demonstrated":"HPMi8"});
