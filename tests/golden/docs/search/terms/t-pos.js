sitrepSearchData("terms/t-pos",{"position":"PYE6o","possibility":"FFSl8","possible":"HPMigEETk8","post":"FyMp6DBs8yFVtg","posted":"PYE68"});
