sitrepSearchData("terms/t-foc",{"focus":"FFSl8","focusing":"PYE68"});
