sitrepSearchData("terms/t-rei",{"rein":"PYE68","reinforcements":"PYE68"});
