sitrepSearchData("terms/t-exp",{"experienced":"HPMi8","experts":"FFSlx0","explained":"FFSlgGONh8","exposed":"PYE68","expressed":"HPMi8"});
