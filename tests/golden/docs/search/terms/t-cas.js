sitrepSearchData("terms/t-cas",{"case":"NRB88","casualties":"RPzi8"});
