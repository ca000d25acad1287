sitrepSearchData("terms/t-mil",{"mile":"PYE6x0","miles":"PYE68","military":"zLY28BVWjoyFVtyoEETk8GEd8CzJ22"});
