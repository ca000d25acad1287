sitrepSearchData("terms/t-pop",{"populate":"HPMi8","population":"PYE68"});
