sitrepSearchData("terms/t-mob",{"mobile":"RPzi8","mobilization":"RPzig","mobilize":"NRB88"});
