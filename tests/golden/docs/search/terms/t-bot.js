sitrepSearchData("terms/t-bot",{"botched":"PYE68","both":"FFSlxgGONh8BRJf8"});
