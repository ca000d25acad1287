sitrepSearchData("terms/t-gat",{"gathering":"RPzig"});
