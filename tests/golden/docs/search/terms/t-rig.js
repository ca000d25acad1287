sitrepSearchData("terms/t-rig",{"right":"FFSl8"});
