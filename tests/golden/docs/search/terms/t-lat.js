sitrepSearchData("terms/t-lat",{"late":"FFSl8","later":"PYE68","latest":"FFSl8"});
