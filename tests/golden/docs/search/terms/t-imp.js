sitrepSearchData("terms/t-imp",{"implication":"PYE68","importance":"FFSl8","important":"FFSl8GONhx0","improve":"FFSl8"});
