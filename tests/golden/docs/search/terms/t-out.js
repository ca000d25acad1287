sitrepSearchData("terms/t-out",{"out":"RPzi8","outflanked":"QNXd8","outlets":"EV_p8","outside":"NRB8g"});
