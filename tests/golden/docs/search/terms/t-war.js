sitrepSearchData("terms/t-war",{"war":"y-To8yWQqazMG3x0C_L38xUCe8xWY0x0DSH58xCBs8zyUf8","wartime":"PYE68GVSp8","wartranslated":"OxI66xWY08"});
