sitrepSearchData("terms/t-aff",{"affiliated":"EV_p8"});
