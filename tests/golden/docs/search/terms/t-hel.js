sitrepSearchData("terms/t-hel",{"help":"FFSl8GONh8","helped":"PYE68"});
