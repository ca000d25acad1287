sitrepSearchData("terms/t-wro",{"wrote":"PYE68"});
