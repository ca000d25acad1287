sitrepSearchData("terms/t-int",{"intercepting":"DTIn8","interested":"FFSl8","internal":"Cx_u8","international":"ZJGh8","internationally":"IS-28","intervene":"PYE68","interview":"HPMi8"});
