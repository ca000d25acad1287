sitrepSearchData("terms/t-kno",{"knows":"PYE68"});
