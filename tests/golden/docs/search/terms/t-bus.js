sitrepSearchData("terms/t-bus",{"business":"QJ_j8"});
