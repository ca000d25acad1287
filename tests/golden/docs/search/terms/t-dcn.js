sitrepSearchData("terms/t-dcn",{"dcnf":"EV_p6IVzpo"});
