sitrepSearchData("terms/t-lea",{"leader":"HPMi8EETk8GVSp8","leaders":"QJ_j8","leads":"PYE68","learn":"FFSl8","least":"PYE6x0"});
