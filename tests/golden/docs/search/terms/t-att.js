sitrepSearchData("terms/t-att",{"attacking":"FFSl8","attacks":"FFSlg","attempts":"PYE68","attention":"PYE68","attrition":"FFSl8"});
