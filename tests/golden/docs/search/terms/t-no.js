sitrepSearchData("terms/t-no",{"no":"NRB8oyYS58"});
