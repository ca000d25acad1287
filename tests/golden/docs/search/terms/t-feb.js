sitrepSearchData("terms/t-feb",{"feb":"PYE6g","february":"PYE68Yyq8FZPv8"});
