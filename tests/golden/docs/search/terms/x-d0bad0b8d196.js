sitrepSearchData("terms/x-d0bad0b8d196",{"киів":"KLCc6"});
