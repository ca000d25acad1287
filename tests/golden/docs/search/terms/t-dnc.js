sitrepSearchData("terms/t-dnc",{"dncf":"EV_p6IVzp8"});
