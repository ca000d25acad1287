sitrepSearchData("terms/t-mob",{"mobile":"FFSl8","mobilization":"FFSlg","mobilize":"PYE68"});
