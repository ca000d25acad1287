sitrepSearchData("terms/t-col",{"col":"FFSl8PLyi2","collapse":"PYE68","collapsing":"HPMi8","colonel":"YUV78","column":"HPMi8"});
