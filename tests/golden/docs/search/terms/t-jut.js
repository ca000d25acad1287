sitrepSearchData("terms/t-jut",{"jutting":"PYE68"});
