sitrepSearchData("terms/t-lik",{"likely":"RPzi8"});
