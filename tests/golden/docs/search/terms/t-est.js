sitrepSearchData("terms/t-est",{"establishing":"HPMi8","estimate":"FFSl8","estonia":"OxI68","estonian":"PYE68"});
