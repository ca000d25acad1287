sitrepSearchData("terms/t-man",{"man":"PYE68","maneuver":"FFSlg","maneuverability":"FFSl8","manned":"PYE68","manpower":"FFSl8","manufactured":"FFSl8","many":"HPMioEETk8"});
