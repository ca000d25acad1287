sitrepSearchData("terms/t-del",{"delayed":"HPMi8","deliberate":"PYE68","deliveries":"FFSl8","delivery":"FFSl8"});
