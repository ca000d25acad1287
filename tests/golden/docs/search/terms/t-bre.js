sitrepSearchData("terms/t-bre",{"breach":"HPMi8","breaks":"HPMi8","breakthrough":"FFSl8","breakthroughs":"PYE68"});
