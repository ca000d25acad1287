sitrepSearchData("terms/t-bus",{"business":"GCQk8GDGv8"});
