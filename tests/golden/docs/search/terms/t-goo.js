sitrepSearchData("terms/t-goo",{"good":"NRB8gyYS58"});
