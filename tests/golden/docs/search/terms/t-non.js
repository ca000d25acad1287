sitrepSearchData("terms/t-non",{"nonetheless":"QNXd8","nonprofit":"EV_p8"});
