sitrepSearchData("terms/t-reg",{"regain":"FFSl8","regiments":"PYE68","region":"FFSl8yFVt8zMC42AUyt2yKAt8DWQj2","regional":"HPMi8","regions":"HPMi8"});
