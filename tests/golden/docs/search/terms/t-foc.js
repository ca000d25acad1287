sitrepSearchData("terms/t-foc",{"focus":"RPzi8","focusing":"NRB88"});
