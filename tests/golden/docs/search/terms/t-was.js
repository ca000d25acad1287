sitrepSearchData("terms/t-was",{"washington":"zLY28yGOf8zEy82DBs8"});
