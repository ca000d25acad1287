sitrepSearchData("terms/t-ret",{"retired":"YUV78","retreat":"HPMi8EETk1","retreated":"PYE68","retreating":"PYE68"});
