sitrepSearchData("terms/t-19",{"19":"RPzi8CENh2"});
