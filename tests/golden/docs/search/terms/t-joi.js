sitrepSearchData("terms/t-joi",{"join":"PYE68","joined":"QCMj8"});
