sitrepSearchData("terms/t-no",{"no":"HPMi8EETko"});
