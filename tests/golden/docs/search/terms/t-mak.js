sitrepSearchData("terms/t-mak",{"make":"PYE68","makes":"HPMi9","making":"FFSl8yFVt8"});
