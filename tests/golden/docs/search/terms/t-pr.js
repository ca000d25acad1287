sitrepSearchData("terms/t-pr",{"pr":"RPzi8"});
