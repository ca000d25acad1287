sitrepSearchData("terms/t-are",{"area":"PYE68","areas":"HPMigEETko"});
