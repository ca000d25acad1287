sitrepSearchData("terms/t-luk",{"luke":"ELQc2Wy98"});
