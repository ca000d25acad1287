sitrepSearchData("terms/t-goo",{"good":"HPMi8EETkg"});
