sitrepSearchData("terms/t-pet",{"pete":"WJDn8"});
