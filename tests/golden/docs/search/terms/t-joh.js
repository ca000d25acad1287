sitrepSearchData("terms/t-joh",{"john":"y-To2"});
