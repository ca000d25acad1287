sitrepSearchData("terms/t-was",{"washington":"zLY28yGOf8zEy82IMOp8"});
