sitrepSearchData("terms/t-not",{"not":"FFSl8ENMn8yxwqxo","noted":"PYE68"});
