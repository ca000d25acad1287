sitrepSearchData("terms/t-2s",{"2s":"HGRk2GEJugBJOi2"});
