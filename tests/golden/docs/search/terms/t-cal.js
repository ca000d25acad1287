sitrepSearchData("terms/t-cal",{"caldwell":"RPzi8AWA52","caller":"EV_paIVzp8","calling":"RPzi8"});
