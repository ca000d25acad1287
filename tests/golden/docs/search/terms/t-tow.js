sitrepSearchData("terms/t-tow",{"towering":"PYE68","town":"FFSl8ENMn8","towns":"HPMi8"});
