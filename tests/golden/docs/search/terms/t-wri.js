sitrepSearchData("terms/t-wri",{"writes":"ELQc8"});
