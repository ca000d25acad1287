sitrepSearchData("terms/t-rig",{"right":"RPzi8"});
