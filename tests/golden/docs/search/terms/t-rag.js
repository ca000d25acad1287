sitrepSearchData("terms/t-rag",{"raged":"PYE68"});
