sitrepSearchData("terms/t-gui",{"guided":"VNRl8"});
