sitrepSearchData("terms/t-oth",{"other":"EV_p8HTXkg","others":"HGRk8"});
