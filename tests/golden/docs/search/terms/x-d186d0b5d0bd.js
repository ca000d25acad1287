sitrepSearchData("terms/x-d186d0b5d0bd",{"центр":"SPL42"});
