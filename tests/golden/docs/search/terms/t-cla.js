sitrepSearchData("terms/t-cla",{"claim":"PYE68","claimed":"HPMigEETk8","claims":"DAP18yBzk8GONh9"});
