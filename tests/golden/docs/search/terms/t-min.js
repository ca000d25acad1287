sitrepSearchData("terms/t-min",{"mining":"PYE68yJSa8","minister":"x-CfgQREl8","ministry":"DAP1aITR58DBAi8"});
