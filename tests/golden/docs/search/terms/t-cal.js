sitrepSearchData("terms/t-cal",{"caldwell":"FFSl8NzN22","caller":"EV_paLSs8","calling":"FFSl8"});
