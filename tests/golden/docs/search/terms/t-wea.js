sitrepSearchData("terms/t-wea",{"weak":"PYE68","weapons":"FFSlgyFVt8QEx4a"});
