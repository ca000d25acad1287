sitrepSearchData("terms/t-nam",{"name":"PYE68","named":"JzHi2"});
