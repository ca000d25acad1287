sitrepSearchData("terms/t-ove",{"over":"FFSloyFVt8","overlooking":"PYE68","overtime":"HPMi8"});
