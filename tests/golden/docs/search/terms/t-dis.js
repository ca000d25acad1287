sitrepSearchData("terms/t-dis",{"disagreed":"FFSl8","disastrous":"PYE68","discussions":"FFSl8","disputing":"FFSl8"});
