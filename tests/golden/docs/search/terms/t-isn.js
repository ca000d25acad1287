sitrepSearchData("terms/t-isn",{"isnt":"RPzi8"});
