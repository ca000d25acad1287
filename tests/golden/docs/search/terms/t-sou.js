sitrepSearchData("terms/t-sou",{"source":"XOPb8AE-b8","sources":"FFSl8","southeastern":"HPMi8","southern":"FFSl8","southwest":"PYE68"});
