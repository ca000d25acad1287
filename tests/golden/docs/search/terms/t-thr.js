sitrepSearchData("terms/t-thr",{"threadbare":"HPMi8","threading":"PYE68","three":"PYE68","throughout":"HPMi8","throw":"HPMi8"});
