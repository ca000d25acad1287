sitrepSearchData("terms/t-jou",{"journalist":"DUFb8RYQ98"});
