sitrepSearchData("terms/t-mon",{"monday":"PYE68","months":"FFSloyFVtgEETk8"});
