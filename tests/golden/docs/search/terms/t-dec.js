sitrepSearchData("terms/t-dec",{"decided":"PYE68","decisions":"TQwi8","declining":"FFSl8"});
