sitrepSearchData("terms/t-amo",{"amounts":"RPzi8"});
