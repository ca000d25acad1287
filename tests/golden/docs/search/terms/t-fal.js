sitrepSearchData("terms/t-fal",{"fall":"PYE68","falling":"FFSl8GONhg","false":"PYE68","falsely":"PYE68"});
