sitrepSearchData("terms/t-moc",{"mockery":"PYE68"});
