sitrepSearchData("terms/x-d0bed0b1d0bb",{"область":"LzSm2AUyt2GEVg2"});
