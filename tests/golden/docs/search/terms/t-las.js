sitrepSearchData("terms/t-las",{"last":"HPMi8EETkg"});
